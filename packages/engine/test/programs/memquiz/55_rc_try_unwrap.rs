use std::rc::Rc;

fn main() {
    let data = Rc::new(vec![1, 2, 3]);
    let other = Rc::clone(&data);

    let data = match Rc::try_unwrap(data) {
        Ok(v) => {
            println!("unwrapped {:?}", v);
            return;
        }
        Err(rc) => {
            println!("still shared, count = {}", Rc::strong_count(&rc));
            rc
        }
    };

    println!("same allocation: {}", Rc::ptr_eq(&data, &other));
    drop(other);
    println!("count after drop = {}", Rc::strong_count(&data));

    match Rc::try_unwrap(data) {
        Ok(mut v) => {
            v.push(4);
            println!("owned now: {:?}", v);
        }
        Err(_) => println!("still shared"),
    }
}
