// IntoIterator for a collection type, so it works in for loops.
struct Playlist {
    songs: Vec<String>,
}

impl IntoIterator for Playlist {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.into_iter()
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter()
    }
}

fn main() {
    let list = Playlist { songs: vec!["Intro".to_string(), "Verse".to_string(), "Outro".to_string()] };
    for s in &list {
        println!("peek: {}", s);
    }
    let lengths: Vec<usize> = (&list).into_iter().map(|s| s.len()).collect();
    println!("lengths {:?}", lengths);
    for (i, s) in list.into_iter().enumerate() {
        println!("play {}: {}", i + 1, s);
    }
}
