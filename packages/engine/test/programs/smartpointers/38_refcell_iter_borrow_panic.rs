// Exercise: why does this panic? (It does on purpose.)
use std::cell::RefCell;
use std::rc::Rc;

struct Playlist {
    songs: RefCell<Vec<String>>,
}

fn main() {
    let pl = Rc::new(Playlist {
        songs: RefCell::new(vec!["Intro".to_string(), "Verse".to_string()]),
    });
    let shared = Rc::clone(&pl);

    println!("songs before: {}", pl.songs.borrow().len());
    for s in pl.songs.borrow().iter() {
        println!("playing {}", s);
        if s == "Verse" {
            // adding while the loop still holds an immutable borrow
            shared.songs.borrow_mut().push("Chorus".to_string());
        }
    }
    println!("songs after: {}", pl.songs.borrow().len());
}
