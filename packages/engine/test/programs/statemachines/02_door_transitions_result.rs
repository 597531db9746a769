// A door that can be Open, Closed or Locked; illegal moves return an error
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Door {
    Open,
    Closed,
    Locked,
}

impl Door {
    fn close(self) -> Result<Door, String> {
        match self {
            Door::Open => Ok(Door::Closed),
            other => Err(format!("cannot close a door that is {:?}", other)),
        }
    }

    fn open(self) -> Result<Door, String> {
        match self {
            Door::Closed => Ok(Door::Open),
            Door::Open => Err(String::from("already open")),
            Door::Locked => Err(String::from("unlock it first")),
        }
    }

    fn lock(self) -> Result<Door, String> {
        if self == Door::Closed {
            Ok(Door::Locked)
        } else {
            Err(format!("cannot lock from {:?}", self))
        }
    }

    fn unlock(self) -> Result<Door, String> {
        match self {
            Door::Locked => Ok(Door::Closed),
            _ => Err(String::from("not locked")),
        }
    }
}

fn main() {
    let mut door = Door::Open;
    let actions: [(&str, fn(Door) -> Result<Door, String>); 6] = [
        ("lock", Door::lock),
        ("close", Door::close),
        ("lock", Door::lock),
        ("open", Door::open),
        ("unlock", Door::unlock),
        ("open", Door::open),
    ];
    for (name, action) in actions {
        match action(door) {
            Ok(next) => {
                println!("{:>6}: {:?} -> {:?}", name, door, next);
                door = next;
            }
            Err(msg) => println!("{:>6}: error: {}", name, msg),
        }
    }
    println!("final: {:?}", door);
}
