// How big is an enum? Unit variants need only a tag; data makes it bigger
use std::mem::size_of;

#[allow(dead_code)]
#[derive(Clone, Copy)]
enum Light {
    Red,
    Yellow,
    Green,
}

#[allow(dead_code)]
enum Reading {
    Missing,
    Celsius(i16),
}

#[allow(dead_code)]
enum Packet {
    Ping,
    Data(u32),
    Ack(u8),
}

#[allow(dead_code)]
enum Wide {
    Small(u8),
    Big(u64),
}

fn main() {
    println!("Light:       {}", size_of::<Light>());
    println!("Reading:     {}", size_of::<Reading>());
    println!("Packet:      {}", size_of::<Packet>());
    println!("Wide:        {}", size_of::<Wide>());
    println!("u64:         {}", size_of::<u64>());
    println!("[Light; 10]: {}", size_of::<[Light; 10]>());
    println!("(Light, u8): {}", size_of::<(Light, u8)>());
}
