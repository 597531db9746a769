fn main() {
    let x: u32 = 2024;
    println!("{:032b}", x);
    println!("{:b}", x);
    println!("ones: {}", x.count_ones());

    for n in 0u8..8 {
        println!("{} = {:03b}", n, n);
    }
    let mask: u8 = 0b1010_1010;
    println!("{:08b}", mask);
    println!("{:08b}", !mask);
    println!("{:08b}", mask >> 3);
    println!("{:08b}", mask & 0x0F);
    println!("{:#018b}", 0xABu16);
    println!("{:b}", -5i8);
}
