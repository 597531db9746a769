// Quiz: two owners of a playlist, and one of them adds a song.
use std::rc::Rc;

fn main() {
    let playlist = Rc::new(vec![String::from("Intro")]);
    let shared = Rc::clone(&playlist);

    shared.push(String::from("Verse"));

    println!("{:?} (owners: {})", playlist, Rc::strong_count(&playlist));
}
