fn choose_first<'a: 'b, 'b>(first: &'a i32, _: &'b i32) -> &'b i32 {
    first
}
fn bad<'a, 'b>(first: &'a i32, _: &'b i32) -> &'b i32 {
    first
}
fn main() {
    let a = 2;
    let r;
    {
        let b = 3;
        r = choose_first(&a, &b);
    }
    println!("{}", r);
}
