use std::marker::PhantomData;
use std::mem::size_of;

struct Marker;

struct Meters<T> {
    value: f64,
    _unit: PhantomData<T>,
}

struct Empty {}

fn main() {
    println!("()               {}", size_of::<()>());
    println!("Marker           {}", size_of::<Marker>());
    println!("Empty            {}", size_of::<Empty>());
    println!("[u8; 0]          {}", size_of::<[u8; 0]>());
    println!("[u64; 0]         {}", size_of::<[u64; 0]>());
    println!("PhantomData<u64> {}", size_of::<PhantomData<u64>>());
    println!("Meters<String>   {}", size_of::<Meters<String>>());

    // A Vec of zero-sized values never allocates
    let markers: Vec<Marker> = (0..1000).map(|_| Marker).collect();
    println!("{} markers stored", markers.len());

    let m: Meters<Marker> = Meters { value: 3.5, _unit: PhantomData };
    println!("distance {}", m.value);
}
