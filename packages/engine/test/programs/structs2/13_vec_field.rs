struct Playlist {
    name: String,
    songs: Vec<String>,
}

impl Playlist {
    fn new(name: &str) -> Self {
        Playlist {
            name: name.to_string(),
            songs: Vec::new(),
        }
    }

    fn add(&mut self, song: &str) {
        self.songs.push(song.to_string());
    }

    fn len(&self) -> usize {
        self.songs.len()
    }

    fn show(&self) {
        println!("Playlist '{}' ({} songs):", self.name, self.len());
        for (i, s) in self.songs.iter().enumerate() {
            println!("  {}. {}", i + 1, s);
        }
    }
}

fn main() {
    let mut p = Playlist::new("Road Trip");
    p.add("Bohemian Rhapsody");
    p.add("Africa");
    p.add("Take On Me");
    p.show();
    let first = &p.songs[0];
    println!("opener: {}", first);
}
