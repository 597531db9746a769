use std::cell::RefCell;

fn add_bonus(points: &mut Vec<u32>, bonus: u32) {
    for p in points.iter_mut() {
        *p += bonus;
    }
}

fn main() {
    let points = RefCell::new(vec![5, 7, 9]);

    // Student mistake: borrow() gives a shared Ref, not &mut
    add_bonus(&mut points.borrow(), 10);

    println!("{:?}", points.borrow());
}
