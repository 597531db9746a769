use std::rc::Rc;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p1 = Rc::new(Point { x: 1, y: 2 });
    let p2 = Rc::clone(&p1);
    let p3 = Rc::new(Point { x: 1, y: 2 });

    println!("p1 == p3 (values): {}", p1 == p3);
    println!("ptr_eq(p1, p2): {}", Rc::ptr_eq(&p1, &p2));
    println!("ptr_eq(p1, p3): {}", Rc::ptr_eq(&p1, &p3));

    // try_unwrap fails while another Rc exists and gives the Rc back
    let p1 = match Rc::try_unwrap(p1) {
        Ok(p) => {
            println!("unwrapped {:?}", p);
            Rc::new(p)
        }
        Err(rc) => {
            println!("still shared ({} owners)", Rc::strong_count(&rc));
            rc
        }
    };

    drop(p2);
    match Rc::try_unwrap(p1) {
        Ok(p) => println!("unwrapped {:?}", p),
        Err(_) => println!("still shared"),
    }
    println!("p3 = ({}, {})", p3.x, p3.y);
}
