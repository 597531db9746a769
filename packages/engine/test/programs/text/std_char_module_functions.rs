fn main() {
    println!("{:?} {:?} {}", std::char::from_digit(4, 10), std::char::from_u32(65), i32::MAX);
    println!("{:?}", core::char::from_digit(11, 16));
}
