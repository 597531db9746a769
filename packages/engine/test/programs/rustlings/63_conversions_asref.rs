// as_ref_mut: functions generic over AsRef and AsMut.
fn byte_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().as_bytes().len()
}

fn char_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().chars().count()
}

fn num_sq<T: AsMut<u32>>(arg: &mut T) {
    let n = arg.as_mut();
    *n = *n * *n;
}

fn main() {
    let s = "Café au lait";
    println!("{} bytes, {} chars", byte_counter(s), char_counter(s));
    let owned = String::from(s);
    println!("{} bytes, {} chars", byte_counter(&owned), char_counter(owned));

    let mut num: Box<u32> = Box::new(3);
    num_sq(&mut num);
    println!("squared: {}", num);
}
