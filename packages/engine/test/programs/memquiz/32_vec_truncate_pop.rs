struct Song {
    title: &'static str,
}

impl Drop for Song {
    fn drop(&mut self) {
        println!("  (removed '{}')", self.title);
    }
}

fn main() {
    let mut playlist = vec![
        Song { title: "Intro" },
        Song { title: "Blue" },
        Song { title: "Storm" },
        Song { title: "Outro" },
        Song { title: "Bonus" },
    ];

    println!("pop:");
    playlist.pop();
    println!("truncate to 2:");
    playlist.truncate(2);
    println!("remove(0):");
    let first = playlist.remove(0);
    println!("holding '{}'", first.title);
    println!("clear:");
    playlist.clear();
    println!("len = {}", playlist.len());
}
