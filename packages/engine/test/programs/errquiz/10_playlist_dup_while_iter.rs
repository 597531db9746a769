// Every song shorter than two minutes should be played twice.
fn main() {
    let mut playlist = vec![
        (String::from("Intro"), 95),
        (String::from("Bohemian Rhapsody"), 355),
        (String::from("Interlude"), 60),
    ];

    for (title, secs) in &playlist {
        if *secs < 120 {
            playlist.push((title.clone(), *secs));
        }
    }

    println!("{} tracks", playlist.len());
}
