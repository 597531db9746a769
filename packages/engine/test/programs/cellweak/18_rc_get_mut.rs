use std::rc::Rc;

fn bump(rc: &mut Rc<i32>) {
    match Rc::get_mut(rc) {
        Some(n) => {
            *n += 1;
            println!("bumped to {}", n);
        }
        None => println!("shared (strong = {}), cannot bump", Rc::strong_count(rc)),
    }
}

fn main() {
    let mut total = Rc::new(10);
    bump(&mut total);

    let watcher = Rc::clone(&total);
    bump(&mut total);

    drop(watcher);
    bump(&mut total);
    println!("total = {}", total);
}
