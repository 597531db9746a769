#[derive(Debug, Clone, Copy, PartialEq)]
enum RoomKind {
    Single,
    Double,
    Suite,
}

#[derive(Debug)]
struct Room {
    number: u16,
    kind: RoomKind,
    nightly_rate: f64,
}

#[derive(Debug)]
struct Booking {
    guest: String,
    room: u16,
    check_in: u32, // day of year
    nights: u32,
}

impl Booking {
    fn check_out(&self) -> u32 {
        self.check_in + self.nights
    }

    fn overlaps(&self, check_in: u32, nights: u32) -> bool {
        check_in < self.check_out() && self.check_in < check_in + nights
    }
}

struct Hotel {
    rooms: Vec<Room>,
    bookings: Vec<Booking>,
}

impl Hotel {
    fn is_free(&self, room: u16, check_in: u32, nights: u32) -> bool {
        !self.bookings.iter().any(|b| b.room == room && b.overlaps(check_in, nights))
    }

    fn book(&mut self, guest: &str, kind: RoomKind, check_in: u32, nights: u32) -> Result<u16, String> {
        let room = self
            .rooms
            .iter()
            .filter(|r| r.kind == kind)
            .find(|r| self.is_free(r.number, check_in, nights))
            .map(|r| r.number)
            .ok_or(format!("no {:?} free for {} from day {}", kind, guest, check_in))?;
        self.bookings.push(Booking { guest: guest.to_string(), room, check_in, nights });
        Ok(room)
    }

    fn invoice(&self, guest: &str) -> f64 {
        let mut total = 0.0;
        for b in self.bookings.iter().filter(|b| b.guest == guest) {
            let room = self.rooms.iter().find(|r| r.number == b.room).unwrap();
            total += room.nightly_rate * b.nights;
        }
        total
    }
}

fn main() {
    let mut hotel = Hotel {
        rooms: vec![
            Room { number: 101, kind: RoomKind::Single, nightly_rate: 79.0 },
            Room { number: 102, kind: RoomKind::Double, nightly_rate: 119.5 },
            Room { number: 103, kind: RoomKind::Double, nightly_rate: 125.0 },
            Room { number: 201, kind: RoomKind::Suite, nightly_rate: 310.0 },
        ],
        bookings: Vec::new(),
    };
    let requests = [
        ("Okafor", RoomKind::Double, 100, 3),
        ("Lindqvist", RoomKind::Double, 101, 2),
        ("Ferreira", RoomKind::Double, 102, 1),
        ("Okafor", RoomKind::Suite, 110, 2),
        ("Nakamura", RoomKind::Single, 100, 7),
        ("Haddad", RoomKind::Single, 104, 1),
    ];
    for (guest, kind, day, nights) in requests {
        match hotel.book(guest, kind, day, nights) {
            Ok(n) => println!("{} -> room {}", guest, n),
            Err(e) => println!("sorry: {}", e),
        }
    }
    for guest in ["Okafor", "Lindqvist", "Ferreira", "Nakamura", "Haddad"] {
        println!("{:<10} owes {:>8.2}", guest, hotel.invoice(guest));
    }
}
