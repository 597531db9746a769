use std::mem::{size_of, size_of_val};

#[derive(Clone, Copy)]
struct Particle {
    mass: f32,
    charge: i8,
}

fn main() {
    // Size is always a multiple of alignment so array elements stay aligned
    println!("Particle      {}", size_of::<Particle>());
    println!("[Particle; 3] {}", size_of::<[Particle; 3]>());

    let cloud = [Particle { mass: 1.0, charge: -1 }; 8];
    let total_mass: f32 = cloud.iter().map(|p| p.mass).sum();
    let total_charge: i32 = cloud.iter().map(|p| p.charge as i32).sum();
    println!("cloud bytes {}", size_of_val(&cloud));
    println!("mass {} charge {}", total_mass, total_charge);

    let payload_bytes = size_of::<f32>() + size_of::<i8>();
    println!("wasted per particle: {}", size_of::<Particle>() - payload_bytes);
}
