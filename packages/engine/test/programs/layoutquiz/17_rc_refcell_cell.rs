use std::cell::{Cell, RefCell};
use std::mem::size_of;
use std::rc::Rc;

fn main() {
    // Rc is one pointer; the counts live on the heap next to the value
    println!("Rc<u64>          {}", size_of::<Rc<u64>>());
    println!("Rc<String>       {}", size_of::<Rc<String>>());
    // Cell adds nothing
    println!("Cell<u8>         {}", size_of::<Cell<u8>>());
    println!("Cell<u32>        {}", size_of::<Cell<u32>>());
    // RefCell keeps a borrow counter beside the value
    println!("RefCell<u8>      {}", size_of::<RefCell<u8>>());
    println!("RefCell<Vec<i32>> {}", size_of::<RefCell<Vec<i32>>>());
    println!("Option<Rc<u8>>   {}", size_of::<Option<Rc<u8>>>());

    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    println!("{:?} strong={}", shared.borrow(), Rc::strong_count(&shared));
}
