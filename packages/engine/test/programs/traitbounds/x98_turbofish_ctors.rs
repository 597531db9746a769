use std::marker::PhantomData;
fn main() {
    let r = Ok::<i32, String>(1);
    let x = Err::<i32, String>("e".to_string());
    let p = PhantomData::<i32>;
    let q: PhantomData<u8> = PhantomData;
    let n = None::<&str>;
    println!("{:?} {:?} {:?} {:?} {:?}", r, x, p, q, n);
}
