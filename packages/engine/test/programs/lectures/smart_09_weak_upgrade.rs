// Weak pointers do not keep a value alive; upgrade returns None after it is gone.
use std::rc::{Rc, Weak};

struct Image {
    name: String,
}

impl Drop for Image {
    fn drop(&mut self) {
        println!("image {} freed", self.name);
    }
}

struct Cache {
    entries: Vec<Weak<Image>>,
}

impl Cache {
    fn alive(&self) -> Vec<String> {
        self.entries.iter().filter_map(|w| w.upgrade()).map(|rc| rc.name.clone()).collect()
    }
}

fn main() {
    let logo = Rc::new(Image { name: "logo".into() });
    let banner = Rc::new(Image { name: "banner".into() });
    let cache = Cache { entries: vec![Rc::downgrade(&logo), Rc::downgrade(&banner)] };
    println!("alive: {:?}", cache.alive());
    println!("logo strong {} weak {}", Rc::strong_count(&logo), Rc::weak_count(&logo));

    drop(banner);
    println!("alive: {:?}", cache.alive());

    let weak_logo: Weak<Image> = Rc::downgrade(&logo);
    if let Some(img) = weak_logo.upgrade() {
        println!("upgraded {}, strong now {}", img.name, Rc::strong_count(&img));
    }
    println!("strong after if-let {}", Rc::strong_count(&logo));
    drop(logo);
    println!("upgrade after drop: {}", weak_logo.upgrade().is_none());
    println!("alive: {:?}", cache.alive());
    let empty: Weak<Image> = Weak::new();
    println!("empty weak upgrade is none: {}", empty.upgrade().is_none());
}
