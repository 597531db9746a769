fn main() {
    println!("{} {} {} {}", u32::BITS, i8::BITS, u128::BITS, std::u8::MAX);
    let x: u32 = 0b1011_0000;
    println!("{} {} {} {}", x.count_ones(), x.count_zeros(), x.leading_zeros(), x.trailing_zeros());
    println!("{} {}", (-1i8).leading_ones(), 0b0111u8.trailing_ones());
    let b: u8 = 0b1000_1100;
    println!("{:08b} {:08b} {:08b}", b.rotate_left(3), b.rotate_right(3), b.reverse_bits());
    println!("{:#06x} {:#x}", 0x12abu16.swap_bytes(), 0x1234_5678u32.swap_bytes());
    println!("{} {} {}", 64u32.is_power_of_two(), 100usize.is_power_of_two(), 100usize.next_power_of_two());
    println!("{:?} {:?}", 200u8.checked_next_power_of_two(), 100u8.checked_next_power_of_two());
    println!("{} {} {} {}", 37u32.ilog2(), 12345u32.ilog10(), 81u64.ilog(3), 99u64.isqrt());
    println!("{:?} {:?} {}", i32::MIN.checked_abs(), (-5i32).checked_abs(), i8::MIN.wrapping_abs());
    println!("{} {} {:?}", 3u64.saturating_pow(50), (-2i8).saturating_pow(9), 3u8.overflowing_pow(6));
    println!("{} {} {}", i32::MIN.wrapping_div(-1), i32::MIN.wrapping_rem(-1), i8::MIN.saturating_div(-1));
    println!("{} {}", (-7i32).wrapping_div(2), 7u8.wrapping_rem(3));
    println!("{}", (-12i16).rotate_left(4));
}
