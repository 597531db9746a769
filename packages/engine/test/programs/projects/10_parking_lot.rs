// Parking lot simulation: spots of different sizes, vehicles arrive and leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Size {
    Small,
    Medium,
    Large,
}

#[derive(Debug, Clone)]
enum Vehicle {
    Motorcycle { plate: String },
    Car { plate: String },
    Bus { plate: String },
}

impl Vehicle {
    fn plate(&self) -> &str {
        match self {
            Vehicle::Motorcycle { plate } | Vehicle::Car { plate } | Vehicle::Bus { plate } => plate,
        }
    }

    fn needs(&self) -> Size {
        match self {
            Vehicle::Motorcycle { .. } => Size::Small,
            Vehicle::Car { .. } => Size::Medium,
            Vehicle::Bus { .. } => Size::Large,
        }
    }
}

struct Spot {
    number: usize,
    size: Size,
    occupant: Option<(Vehicle, u32)>, // vehicle and arrival minute
}

struct ParkingLot {
    spots: Vec<Spot>,
    earnings: u32,
}

impl ParkingLot {
    fn new(layout: &[Size]) -> Self {
        let spots = layout
            .iter()
            .enumerate()
            .map(|(i, &size)| Spot { number: i + 1, size, occupant: None })
            .collect();
        ParkingLot { spots, earnings: 0 }
    }

    /// Park in the smallest free spot that fits.
    fn park(&mut self, v: Vehicle, minute: u32) -> Result<usize, Vehicle> {
        let best = self
            .spots
            .iter_mut()
            .filter(|s| s.occupant.is_none() && s.size >= v.needs())
            .min_by_key(|s| (s.size, s.number));
        match best {
            Some(spot) => {
                spot.occupant = Some((v, minute));
                Ok(spot.number)
            }
            None => Err(v),
        }
    }

    fn leave(&mut self, plate: &str, minute: u32) -> Option<u32> {
        let spot = self
            .spots
            .iter_mut()
            .find(|s| matches!(&s.occupant, Some((v, _)) if v.plate() == plate))?;
        let (vehicle, arrived) = spot.occupant.take().unwrap();
        let hours = ((minute - arrived) + 59) / 60;
        let rate = match vehicle.needs() {
            Size::Small => 1,
            Size::Medium => 3,
            Size::Large => 8,
        };
        let fee = hours.max(1) * rate;
        self.earnings += fee;
        Some(fee)
    }

    fn report(&self) {
        let line: String = self
            .spots
            .iter()
            .map(|s| match (&s.occupant, s.size) {
                (Some(_), _) => 'X',
                (None, Size::Small) => 's',
                (None, Size::Medium) => 'm',
                (None, Size::Large) => 'L',
            })
            .collect();
        let free = self.spots.iter().filter(|s| s.occupant.is_none()).count();
        println!("[{}] free={} earnings=${}", line, free, self.earnings);
    }
}

fn main() {
    use Size::*;
    let mut lot = ParkingLot::new(&[Small, Small, Medium, Medium, Medium, Large]);
    lot.report();

    let arrivals = vec![
        (0, Vehicle::Car { plate: "KX-101".into() }),
        (5, Vehicle::Motorcycle { plate: "M-7".into() }),
        (12, Vehicle::Bus { plate: "BUS-42".into() }),
        (20, Vehicle::Car { plate: "QA-555".into() }),
        (25, Vehicle::Car { plate: "ZZ-900".into() }),
        (30, Vehicle::Bus { plate: "BUS-43".into() }),
        (31, Vehicle::Car { plate: "LT-314".into() }),
    ];
    for (minute, v) in arrivals {
        match lot.park(v, minute) {
            Ok(n) => println!("t={:>3} parked in spot {}", minute, n),
            Err(v) => println!("t={:>3} no room for {} ({:?})", minute, v.plate(), v.needs()),
        }
    }
    lot.report();

    for (minute, plate) in [(75, "KX-101"), (90, "M-7"), (200, "BUS-42"), (201, "NOPE-1")] {
        match lot.leave(plate, minute) {
            Some(fee) => println!("t={:>3} {} paid ${}", minute, plate, fee),
            None => println!("t={:>3} {} is not here", minute, plate),
        }
    }
    lot.report();
}
