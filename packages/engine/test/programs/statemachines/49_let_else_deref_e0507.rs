// Taking the tracking number out of a borrowed order with let-else
#[derive(Debug)]
enum Shipment {
    Preparing,
    InTransit { tracking: String, hops: u32 },
}

fn tracking_number(s: &Shipment) -> String {
    let Shipment::InTransit { tracking, .. } = *s else {
        return String::from("none yet");
    };
    tracking
}

fn main() {
    let a = Shipment::Preparing;
    let b = Shipment::InTransit { tracking: String::from("ZX-881"), hops: 3 };
    println!("{} / {}", tracking_number(&a), tracking_number(&b));
    println!("{:?}", b);
}
