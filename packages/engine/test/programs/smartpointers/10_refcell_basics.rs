use std::cell::RefCell;

fn main() {
    let scores = RefCell::new(vec![72, 85, 90]);

    {
        let r = scores.borrow();
        println!("first score: {}", r[0]);
        println!("count: {}", r.len());
    }

    scores.borrow_mut().push(64);
    {
        let mut w = scores.borrow_mut();
        for s in w.iter_mut() {
            *s += 5;
        }
    }

    let total: i32 = scores.borrow().iter().sum();
    println!("curved scores: {:?}", scores.borrow());
    println!("total: {}", total);

    let inner = scores.into_inner();
    println!("into_inner: {:?}", inner);
}
