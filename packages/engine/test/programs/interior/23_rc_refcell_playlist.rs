use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Song {
    title: String,
    plays: u32,
}

fn main() {
    let library: Vec<Rc<RefCell<Song>>> = ["Intro", "Bloom", "Echoes"]
        .iter()
        .map(|t| Rc::new(RefCell::new(Song { title: t.to_string(), plays: 0 })))
        .collect();

    // Two playlists share the same songs.
    let morning = vec![Rc::clone(&library[0]), Rc::clone(&library[1])];
    let evening = vec![Rc::clone(&library[1]), Rc::clone(&library[2]), Rc::clone(&library[1])];

    for song in morning.iter().chain(evening.iter()) {
        song.borrow_mut().plays += 1;
    }

    for song in &library {
        let s = song.borrow();
        println!("{:<7} played {} time(s), in {} lists", s.title, s.plays, Rc::strong_count(song) - 1);
    }

    library[2].borrow_mut().title.push_str(" (remix)");
    println!("evening ends with {}", evening[1].borrow().title);
}
