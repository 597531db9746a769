struct Song {
    title: String,
    artist: String,
}

impl Song {
    fn title(&self) -> String {
        &self.title
    }
}

fn main() {
    let s = Song {
        title: String::from("Hallelujah"),
        artist: String::from("Leonard Cohen"),
    };
    println!("{} by {}", s.title(), s.artist);
}
