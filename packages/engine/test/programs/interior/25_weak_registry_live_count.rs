use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Texture {
    name: String,
}

struct Registry {
    entries: RefCell<Vec<Weak<Texture>>>,
}

impl Registry {
    fn load(&self, name: &str) -> Rc<Texture> {
        let tex = Rc::new(Texture { name: name.to_string() });
        self.entries.borrow_mut().push(Rc::downgrade(&tex));
        tex
    }

    fn live(&self) -> Vec<String> {
        self.entries.borrow().iter().filter_map(|w| w.upgrade()).map(|t| t.name.clone()).collect()
    }

    fn sweep(&self) -> usize {
        let mut entries = self.entries.borrow_mut();
        let before = entries.len();
        entries.retain(|w| w.strong_count() > 0);
        before - entries.len()
    }
}

fn main() {
    let reg = Registry { entries: RefCell::new(Vec::new()) };
    let grass = reg.load("grass");
    let stone = reg.load("stone");
    {
        let _water = reg.load("water");
        println!("inside scope: {:?}", reg.live());
    }
    println!("after scope: {:?}", reg.live());
    drop(grass);
    println!("removed {} dead entries", reg.sweep());
    println!("left: {:?} ({} entries)", reg.live(), reg.entries.borrow().len());
    println!("stone strong={}", Rc::strong_count(&stone));
}
