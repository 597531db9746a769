fn main() {
    let playlist = vec![
        String::from("Blue in Green"),
        String::from("So What"),
        String::from("Freddie Freeloader"),
    ];

    let print_all = move || {
        for song in &playlist {
            println!("now playing: {}", song);
        }
    };
    print_all();

    println!("{} songs in the playlist", playlist.len());
}
