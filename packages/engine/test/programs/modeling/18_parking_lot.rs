#[derive(Debug, Clone, Copy, PartialEq)]
enum Size {
    Motorcycle,
    Car,
    Van,
}

#[derive(Debug, Clone)]
struct Vehicle {
    plate: String,
    size: Size,
}

struct Spot {
    fits: Size,
    occupant: Option<Vehicle>,
    since_hour: u32,
}

struct ParkingLot {
    spots: Vec<Spot>,
}

fn fits_in(v: Size, spot: Size) -> bool {
    match (v, spot) {
        (Size::Motorcycle, _) => true,
        (Size::Car, Size::Car) | (Size::Car, Size::Van) => true,
        (Size::Van, Size::Van) => true,
        _ => false,
    }
}

impl ParkingLot {
    fn park(&mut self, v: Vehicle, hour: u32) -> Result<usize, Vehicle> {
        let idx = self
            .spots
            .iter()
            .position(|s| s.occupant.is_none() && fits_in(v.size, s.fits));
        match idx {
            Some(i) => {
                self.spots[i].occupant = Some(v);
                self.spots[i].since_hour = hour;
                Ok(i)
            }
            None => Err(v),
        }
    }

    fn leave(&mut self, plate: &str, hour: u32) -> Option<(Vehicle, u32)> {
        let spot = self.spots.iter_mut().find(|s| s.occupant.as_ref().map(|v| v.plate.as_str()) == Some(plate))?;
        let v = spot.occupant.take()?;
        let hours = hour - spot.since_hour;
        let rate = match v.size { Size::Motorcycle => 1, Size::Car => 2, Size::Van => 3 };
        Some((v, hours.max(1) * rate))
    }

    fn free(&self) -> usize {
        self.spots.iter().filter(|s| s.occupant.is_none()).count()
    }
}

fn main() {
    let layout = [Size::Motorcycle, Size::Car, Size::Car, Size::Van];
    let mut lot = ParkingLot { spots: layout.iter().map(|&fits| Spot { fits, occupant: None, since_hour: 0 }).collect() };
    let arrivals = [("VAN-001", Size::Van, 8), ("CAR-123", Size::Car, 9), ("CAR-456", Size::Car, 9), ("CAR-789", Size::Car, 10), ("MOTO-7", Size::Motorcycle, 10)];
    for (plate, size, hour) in arrivals {
        match lot.park(Vehicle { plate: plate.to_string(), size }, hour) {
            Ok(i) => println!("{:>2}:00 {} parked in spot {}", hour, plate, i),
            Err(v) => println!("{:>2}:00 no room for {} ({:?})", hour, v.plate, v.size),
        }
    }
    println!("free spots: {}", lot.free());
    for (plate, hour) in [("CAR-123", 13), ("VAN-001", 17), ("NOPE-00", 17), ("MOTO-7", 10)] {
        match lot.leave(plate, hour) {
            Some((v, fee)) => println!("{} leaves, pays ${}", v.plate, fee),
            None => println!("{} is not here", plate),
        }
    }
    println!("free spots: {}", lot.free());
}
