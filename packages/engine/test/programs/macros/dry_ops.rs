// Rust by Example's DRY, with the operator passed as a `tt`: one macro writes three generic
// functions over std::ops traits.
use std::ops::{Add, Mul, Sub};

macro_rules! op {
    ($func:ident, $bound:ident, $op:tt) => {
        fn $func<T: $bound<T, Output = T> + Copy>(xs: &mut Vec<T>, ys: &Vec<T>) {
            assert!(xs.len() == ys.len());
            for (x, y) in xs.iter_mut().zip(ys.iter()) {
                *x = *x $op *y;
            }
        }
    };
}

op!(add_assign, Add, +);
op!(mul_assign, Mul, *);
op!(sub_assign, Sub, -);

fn main() {
    let mut xs = vec![1, 2, 3];
    let ys = vec![4, 5, 6];
    add_assign(&mut xs, &ys);
    println!("{:?}", xs);
    mul_assign(&mut xs, &ys);
    println!("{:?}", xs);
    sub_assign(&mut xs, &ys);
    println!("{:?}", xs);
}
