// Making `for song in &playlist` work.
struct Playlist {
    name: String,
    songs: Vec<String>,
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter()
    }
}

fn main() {
    let p = Playlist {
        name: String::from("Road trip"),
        songs: vec![
            String::from("Highway Song"),
            String::from("Open Road"),
            String::from("Last Exit"),
        ],
    };
    println!("{}:", p.name);
    for (i, song) in (&p).into_iter().enumerate() {
        println!("  {}. {}", i + 1, song);
    }
    let mut total_chars = 0;
    for song in &p {
        total_chars += song.len();
    }
    // p is still usable: we only borrowed it.
    println!("{} songs, {} characters", p.songs.len(), total_chars);
}
