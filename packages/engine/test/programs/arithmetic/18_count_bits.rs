fn main() {
    let values: [u32; 6] = [0, 1, 12, 255, 1024, u32::MAX];
    for v in values {
        println!(
            "{:>10}: ones={:>2} zeros={:>2} leading={:>2} trailing={:>2}",
            v,
            v.count_ones(),
            v.count_zeros(),
            v.leading_zeros(),
            v.trailing_zeros()
        );
    }
    println!("is 64 a power of two? {}", 64u32.is_power_of_two());
    println!("is 96 a power of two? {}", 96u32.is_power_of_two());
    println!("next power of two after 100: {}", 100u32.next_power_of_two());

    let x: u8 = 0b1011_0001;
    println!("rotate_left(3):  {:08b}", x.rotate_left(3));
    println!("rotate_right(3): {:08b}", x.rotate_right(3));
    println!("reverse_bits:    {:08b}", x.reverse_bits());
    println!("swap_bytes 0x1234 -> {:#06x}", 0x1234u16.swap_bytes());

    // Number of bits needed to store n.
    for n in [1u32, 5, 8, 1000] {
        println!("{} needs {} bits", n, 32 - n.leading_zeros());
    }
}
