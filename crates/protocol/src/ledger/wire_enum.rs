//! The fieldless enums of the ledger, sent on the wire (and stored) under fixed `snake_case` names.

use std::fmt;

use serde::{Deserialize, Deserializer, de};

/// A fieldless enum sent on the wire under fixed names, for code generic over such enums (a list
/// query reads and writes its sort column and its filters through it).
pub trait WireEnum: Copy + PartialEq + fmt::Display + 'static {
    /// Every value, in the order the type declares them.
    const ALL: &'static [Self];

    /// The value's name on the wire, in query strings and in the database.
    fn as_str(self) -> &'static str;

    /// Reads a value from its wire name; `None` for any other text.
    fn from_wire(text: &str) -> Option<Self>;
}

/// Reads a fieldless enum's wire name, one of `names`, and gives its index: one reader for every
/// such enum, where serde's derive writes a visitor per enum (a kilobyte of wasm each).
pub fn read_wire_name<'de, D: Deserializer<'de>>(
    deserializer: D,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    let text = String::deserialize(deserializer)?;
    names.iter().position(|name| *name == text).ok_or_else(|| de::Error::unknown_variant(&text, names))
}

/// Declares a fieldless enum sent on the wire (and stored) under fixed `snake_case` names, with
/// `ALL`, `as_str`, `from_wire` (also as [`WireEnum`]) and `Display`.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $wire:tt, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $wire)] $variant, )+
        }

        impl $name {
            /// Every value, in the order the type declares them.
            pub const ALL: &[Self] = &[$(Self::$variant),+];

            /// The value's name on the wire, in query strings and in the database.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)+
                }
            }

            /// Reads a value from its wire name; `None` for any other text.
            pub fn from_wire(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|value| value.as_str() == text)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($wire),+];
                $crate::ledger::read_wire_name(deserializer, NAMES).map(|index| Self::ALL[index])
            }
        }

        impl $crate::ledger::WireEnum for $name {
            const ALL: &'static [Self] = $name::ALL;

            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }

            fn from_wire(text: &str) -> Option<Self> {
                $name::from_wire(text)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(super) use wire_enum;
