// Keeping a reference to the first item while pushing a new one:
// the push may reallocate and leave the reference dangling.
struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn add_and_show_first(&mut self, song: &str) {
        let first = &self.songs[0];
        self.songs.push(song.to_string());
        println!("first is still {}", first);
    }
}

fn main() {
    let mut p = Playlist { songs: vec!["intro".to_string()] };
    p.add_and_show_first("outro");
}
