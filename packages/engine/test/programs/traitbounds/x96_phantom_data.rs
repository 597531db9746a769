use std::marker::PhantomData;
#[derive(Debug, Clone, Copy, PartialEq)]
struct Length<Unit> { v: f64, unit: PhantomData<Unit> }
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mm {}
fn main() {
    let l: Length<Mm> = Length { v: 1000.0, unit: PhantomData };
    println!("{:?}", l);
    println!("{:?} {:?}", PhantomData::<i32>, PhantomData::<Vec<String>>);
    println!("{}", std::mem::size_of::<Length<Mm>>());
    let m = l;
    println!("{}", l == m);
}
