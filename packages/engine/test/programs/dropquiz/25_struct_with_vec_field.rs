// A struct owning a Vec: outer drop first, then the Vec, then its elements.
struct Song(&'static str);

impl Drop for Song {
    fn drop(&mut self) {
        println!("  song {}", self.0);
    }
}

struct Playlist {
    name: &'static str,
    songs: Vec<Song>,
}

impl Drop for Playlist {
    fn drop(&mut self) {
        println!("playlist {} ({} songs)", self.name, self.songs.len());
    }
}

fn main() {
    let mut p = Playlist { name: "road trip", songs: Vec::new() };
    p.songs.push(Song("intro"));
    p.songs.push(Song("chorus"));
    p.songs.push(Song("outro"));
    let skipped = p.songs.remove(1);
    println!("skipped {}", skipped.0);
}
