fn main() {
    let mut playlist = vec![
        String::from("Intro"),
        String::from("Song A"),
        String::from("Song C"),
    ];
    playlist.insert(2, String::from("Song B"));
    playlist.insert(0, String::from("Warmup"));
    println!("{:?}", playlist);

    let removed = playlist.remove(1);
    println!("removed {}", removed);

    let last = playlist.pop();
    println!("popped {:?}", last);

    let swapped_out = playlist.swap_remove(0);
    println!("swap_remove gave {}, now {:?}", swapped_out, playlist);

    playlist.clear();
    println!("cleared, len = {}", playlist.len());
}
