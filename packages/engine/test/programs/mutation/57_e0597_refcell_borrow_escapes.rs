use std::cell::RefCell;

fn main() {
    let view;
    {
        let settings = RefCell::new(vec![("volume", 7), ("brightness", 3)]);
        settings.borrow_mut().push(("contrast", 5));
        view = settings.borrow();
    }
    println!("{:?}", view);
}
