// Newtype around Vec to add our own methods and Display.
use std::fmt;

struct Playlist(Vec<String>);

impl Playlist {
    fn new() -> Self {
        Playlist(Vec::new())
    }
    fn add(&mut self, song: &str) {
        self.0.push(song.to_string());
    }
    fn longest(&self) -> Option<&String> {
        self.0.iter().max_by_key(|s| s.len())
    }
}

impl fmt::Display for Playlist {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

fn main() {
    let mut p = Playlist::new();
    p.add("Blue");
    p.add("Hey Jude");
    p.add("Yesterday");
    println!("{}", p);
    if let Some(s) = p.longest() {
        println!("longest title: {}", s);
    }
    let Playlist(inner) = p;
    println!("{} songs", inner.len());
}
