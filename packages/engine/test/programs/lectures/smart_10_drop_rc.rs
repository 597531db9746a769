// With Rc, Drop runs when the last owner goes away.
use std::rc::Rc;

struct Resource {
    id: u32,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("resource {} dropped", self.id);
    }
}

struct Holder {
    label: &'static str,
    res: Rc<Resource>,
}

impl Drop for Holder {
    fn drop(&mut self) {
        println!("holder {} dropped (resource {} has {} owners left)", self.label, self.res.id, Rc::strong_count(&self.res) - 1);
    }
}

fn main() {
    let r = Rc::new(Resource { id: 1 });
    let h1 = Holder { label: "h1", res: Rc::clone(&r) };
    let h2 = Holder { label: "h2", res: Rc::clone(&r) };
    drop(r);
    println!("dropped the original handle");
    drop(h1);
    println!("h1 gone");
    {
        let h3 = Holder { label: "h3", res: Rc::new(Resource { id: 2 }) };
        println!("h3 holds resource {}", h3.res.id);
    }
    println!("h2 still holds resource {}", h2.res.id);
    let moved = h2;
    println!("moved h2 into {}", moved.label);
    println!("end of main");
}
