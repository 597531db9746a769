fn byte_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().len()
}
fn char_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().chars().count()
}
fn total<T: AsRef<[i32]>>(xs: T) -> i32 {
    xs.as_ref().iter().sum()
}
fn num_sq<T: AsMut<u32>>(arg: &mut T) {
    let n = arg.as_mut();
    *n = *n * *n;
}
fn shout<S: AsRef<str>>(words: &[S]) -> String {
    words.iter().map(|w| w.as_ref().to_uppercase()).collect::<Vec<_>>().join(" ")
}
fn main() {
    let s = String::from("Café au lait");
    println!("{} {}", byte_counter("hello"), byte_counter(&s));
    println!("{} {}", char_counter(s.clone()), char_counter("€"));
    println!("{} {} {}", total(vec![1, 2, 3]), total([4, 5]), total(&[6][..]));
    let mut b = Box::new(3u32);
    num_sq(&mut b);
    println!("{}", b);
    println!("{}", shout(&["a", "b"]));
    println!("{}", shout(&vec![String::from("x")]));
}
