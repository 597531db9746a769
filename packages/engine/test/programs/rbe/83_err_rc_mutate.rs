// Data inside an Rc is shared, so it cannot be mutated through the Rc.
use std::rc::Rc;

fn main() {
    let playlist = Rc::new(vec![String::from("Intro"), String::from("Verse")]);
    let shared = Rc::clone(&playlist);

    shared.push(String::from("Chorus"));

    println!("{} songs, {} owners", playlist.len(), Rc::strong_count(&playlist));
}
