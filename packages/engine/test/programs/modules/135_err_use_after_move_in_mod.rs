mod playlist {
    pub struct Song {
        pub title: String,
        pub secs: u32,
    }

    fn archive(songs: Vec<Song>) -> usize {
        songs.len()
    }

    pub fn finish(songs: Vec<Song>) -> String {
        let count = archive(songs);
        let total: u32 = songs.iter().map(|s| s.secs).sum();
        format!("archived {} songs, {} seconds", count, total)
    }
}

use playlist::Song;

fn main() {
    let songs = vec![
        Song { title: "Blue in Green".to_string(), secs: 337 },
        Song { title: "So What".to_string(), secs: 562 },
    ];
    for s in &songs {
        println!("{} ({}s)", s.title, s.secs);
    }
    println!("{}", playlist::finish(songs));
}
