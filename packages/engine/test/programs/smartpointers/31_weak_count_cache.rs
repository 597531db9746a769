use std::rc::{Rc, Weak};

struct Texture {
    name: String,
}

struct Sprite {
    texture: Weak<Texture>,
}

impl Sprite {
    fn draw(&self) -> String {
        match self.texture.upgrade() {
            Some(t) => format!("drawing with {}", t.name),
            None => String::from("texture unloaded"),
        }
    }
}

fn main() {
    let grass = Rc::new(Texture { name: "grass.png".to_string() });
    let sprites: Vec<Sprite> = (0..3).map(|_| Sprite { texture: Rc::downgrade(&grass) }).collect();

    println!("strong = {}, weak = {}", Rc::strong_count(&grass), Rc::weak_count(&grass));
    println!("{}", sprites[0].draw());

    let extra = sprites[1].texture.upgrade().unwrap();
    println!("strong = {}, weak = {}", Rc::strong_count(&grass), Rc::weak_count(&grass));
    drop(extra);

    let w = &sprites[2].texture;
    println!("via weak: strong = {}, weak = {}", w.strong_count(), w.weak_count());

    drop(grass);
    println!("after unload: strong = {}, weak = {}", w.strong_count(), w.weak_count());
    for s in &sprites {
        println!("{}", s.draw());
    }
}
