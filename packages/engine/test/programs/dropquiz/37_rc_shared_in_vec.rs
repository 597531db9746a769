// Several owners in a Vec: the value goes when the last Rc is dropped.
use std::rc::Rc;

struct Texture(&'static str);

impl Drop for Texture {
    fn drop(&mut self) {
        println!("unload texture {}", self.0);
    }
}

fn main() {
    let grass = Rc::new(Texture("grass"));
    let stone = Rc::new(Texture("stone"));
    let mut tiles = Vec::new();
    for i in 0..4 {
        if i % 2 == 0 {
            tiles.push(Rc::clone(&grass));
        } else {
            tiles.push(Rc::clone(&stone));
        }
    }
    drop(grass);
    println!("grass handle dropped, count via tile = {}", Rc::strong_count(&tiles[0]));
    tiles.retain(|t| t.0 != "grass");
    println!("tiles left: {}", tiles.len());
    println!("stone count = {}", Rc::strong_count(&stone));
}
