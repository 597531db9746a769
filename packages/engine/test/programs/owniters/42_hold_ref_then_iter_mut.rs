// Quiz: a reference from iter() is still alive when iter_mut() starts.
struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn iter(&self) -> std::slice::Iter<'_, String> {
        self.songs.iter()
    }
    fn iter_mut(&mut self) -> std::slice::IterMut<'_, String> {
        self.songs.iter_mut()
    }
}

fn main() {
    let mut p = Playlist { songs: vec!["intro".to_string(), "theme".to_string()] };
    let first = p.iter().next().unwrap();
    for s in p.iter_mut() {
        s.push_str(" (remastered)");
    }
    println!("first was {}", first);
}
