struct Song {
    title: String,
    seconds: u32,
}

fn main() {
    let favourite = Song {
        title: String::from("Clair de Lune"),
        seconds: 300,
    };
    let mut queue: Vec<Song> = Vec::new();
    // queue the favourite three times in a row
    for _ in 0..3 {
        queue.push(favourite);
    }
    let total: u32 = queue.iter().map(|s| s.seconds).sum();
    println!("{} songs, {} seconds", queue.len(), total);
    println!("first: {}", queue[0].title);
}
