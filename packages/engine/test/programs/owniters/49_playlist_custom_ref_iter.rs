// IntoIterator for &Playlist returning our own iterator type.
struct Song {
    title: String,
    secs: u32,
}

struct Playlist {
    songs: Vec<Song>,
}

struct Titles<'a> {
    songs: &'a [Song],
}

impl<'a> Iterator for Titles<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let (first, rest) = self.songs.split_first()?;
        self.songs = rest;
        Some(&first.title)
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a str;
    type IntoIter = Titles<'a>;
    fn into_iter(self) -> Titles<'a> {
        Titles { songs: &self.songs }
    }
}

fn main() {
    let p = Playlist {
        songs: vec![
            Song { title: "Blue".to_string(), secs: 185 },
            Song { title: "Rain".to_string(), secs: 240 },
            Song { title: "Dawn".to_string(), secs: 201 },
        ],
    };
    for title in &p {
        println!("- {}", title);
    }
    let total: u32 = p.songs.iter().map(|s| s.secs).sum();
    println!("{} songs, {}:{:02}", p.songs.len(), total / 60, total % 60);
}
