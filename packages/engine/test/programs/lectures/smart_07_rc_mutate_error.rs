// Exercise: two owners share a playlist and both want to add songs.
use std::rc::Rc;

struct Player {
    name: String,
    playlist: Rc<Vec<String>>,
}

fn main() {
    let list = Rc::new(vec![String::from("intro")]);
    let alice = Player { name: "alice".into(), playlist: Rc::clone(&list) };
    let bob = Player { name: "bob".into(), playlist: Rc::clone(&list) };

    alice.playlist.push(String::from("song A"));

    for p in [&alice, &bob] {
        println!("{} sees {} songs", p.name, p.playlist.len());
    }
    println!("shared by {}", Rc::strong_count(&list));
}
