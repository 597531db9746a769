fn main() {
    let mut playlist = vec![String::from("Intro"), String::from("Verse")];

    let head: Option<&mut String> = playlist.first_mut();
    playlist.push(String::from("Chorus"));

    if let Some(song) = head {
        song.push_str(" (remastered)");
    }
    println!("{:?}", playlist);
}
