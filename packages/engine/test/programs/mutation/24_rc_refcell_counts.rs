use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let playlist = Rc::new(RefCell::new(vec![String::from("Intro")]));
    println!("count after creation = {}", Rc::strong_count(&playlist));

    let kitchen_speaker = Rc::clone(&playlist);
    println!("count after kitchen = {}", Rc::strong_count(&playlist));

    {
        let bedroom_speaker = Rc::clone(&playlist);
        bedroom_speaker.borrow_mut().push(String::from("Lullaby"));
        println!("count in block = {}", Rc::strong_count(&playlist));
    }
    println!("count after block = {}", Rc::strong_count(&playlist));

    kitchen_speaker.borrow_mut().push(String::from("Cooking Jazz"));
    println!("playlist: {:?}", playlist.borrow());
}
