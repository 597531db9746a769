// split_at panics when the middle is greater than the length.
fn header_and_body(msg: &[u8], header_len: usize) -> (&[u8], &[u8]) {
    msg.split_at(header_len)
}

fn main() {
    let good = [1, 2, 3, 4, 5, 6];
    let (h, b) = header_and_body(&good, 2);
    println!("header {:?} body {:?}", h, b);

    let short = [9, 9];
    let (h, b) = header_and_body(&short, 4);
    println!("header {:?} body {:?}", h, b);
}
